package org.klangru.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.taxonomy.Taxonomy;

/** The PMQA model the classifier uses: categories, activity codes by edition, PMQA 4.0 items and levels. */
@Tag(name = "taxonomy", description = "หมวดและรหัสกิจกรรม (PMQA taxonomy)")
@Controller("/api/taxonomy")
class TaxonomyController {
    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Get
    @ErrorAnswers.TokenRequired
    @Operation(operationId = "getTaxonomy", summary = "หมวด รหัสกิจกรรม และประเด็นพิจารณาที่ระบบรู้จัก (the categories and activity codes the classifier knows)")
    Taxonomy taxonomy() {
        return taxonomy;
    }
}
