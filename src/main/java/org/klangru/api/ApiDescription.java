package org.klangru.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Title and version of the generated OpenAPI description (served at /openapi.yml). */
@OpenAPIDefinition(info = @Info(title = "klangru", version = "1.0",
        description = "คลังรู้ — ค้นหาข้อความย่อยจากเอกสาร PMQA ภาษาไทย ตามคำค้น หมวด และรหัสกิจกรรม "
                + "(Klangru: Thai PMQA document search by query, category and activity code). "
                + "การเขียน (อัปโหลด ลบ) ต้องใช้รหัสที่ผู้ดูแลระบบตั้งไว้ ส่งเป็น Authorization: Bearer "
                + "(writes need an administrator-configured bearer token)"))
@SecurityScheme(name = ApiDescription.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "รหัสจาก klangru.security.tokens หรือ tokens-file (a token from klangru.security.tokens or tokens-file)")
final class ApiDescription {
    /** Where the annotation processor writes the description, named from the title and version above. */
    static final String RESOURCE = "META-INF/swagger/klangru-1.0.yml";
    /** Where schemas merged from src/main/openapi (openapi.properties) are referenced. */
    static final String SCHEMAS = "#/components/schemas/";
    /** The security scheme of the write routes. */
    static final String BEARER = "bearer";

    private ApiDescription() {}
}
