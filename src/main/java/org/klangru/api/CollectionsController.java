package org.klangru.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.klangru.api.CollectionViews.CollectionInput;
import org.klangru.api.CollectionViews.CollectionList;
import org.klangru.api.CollectionViews.CollectionView;
import org.klangru.api.CollectionViews.ItemInput;
import org.klangru.api.CollectionViews.ItemView;
import org.klangru.api.CollectionViews.NewCollectionInput;
import org.klangru.api.CollectionViews.NoteInput;
import org.klangru.api.CollectionViews.OrderInput;
import org.klangru.collections.CollectionException;
import org.klangru.collections.CollectionRecord;
import org.klangru.collections.CollectionService;
import org.klangru.collections.CollectionStore;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import org.klangru.collections.ItemStatus;
import org.klangru.evidence.EvidenceCollector;
import org.klangru.evidence.EvidenceFormat;
import org.klangru.evidence.EvidencePack;
import org.klangru.evidence.EvidencePlan;
import org.klangru.evidence.EvidencePlanException;
import org.klangru.evidence.EvidenceRequest;
import org.klangru.evidence.EvidenceVocabulary;
import org.klangru.index.PassageIndex;
import org.klangru.taxonomy.Taxonomy;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.klangru.collections.Handout;
import org.klangru.collections.export.ExportFormat;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.security.Principal;
import java.util.List;

/**
 * Collections: curated, ordered, annotated passages. Writes need a token ({@link ApiAccessRule}); the token's name
 * owns what it creates and only the owner may change it. Every successful write is in the audit log with what it
 * touched; refused ones are recorded by {@link WriteAuditFilter} with their status.
 */
@Tag(name = "collections", description = "คอลเลกชันข้อความที่เก็บไว้ (collections of pinned passages)")
@Controller("/api/collections")
@ExecuteOn(TaskExecutors.BLOCKING)
class CollectionsController {
    private final CollectionService collections;
    private final AuditLog audit;

    private final Taxonomy taxonomy;
    private final EvidenceVocabulary vocabulary = EvidenceVocabulary.loadDefault();
    private final EvidenceCollector evidence;

    CollectionsController(CollectionService collections, AuditLog audit, Taxonomy taxonomy, PassageIndex store) {
        this.collections = collections;
        this.audit = audit;
        this.taxonomy = taxonomy;
        this.evidence = new EvidenceCollector(store);
    }

    static String user(HttpRequest<?> request) {
        return request.getUserPrincipal().map(Principal::getName).orElse(null);
    }

    @Post
    @Operation(operationId = "createCollection",
            summary = "สร้างคอลเลกชัน (create a collection: title, description, visibility private|public)",
            security = @SecurityRequirement(name = ApiDescription.BEARER),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NewCollectionInput.class))))
    @ApiResponse(responseCode = "201", description = "สร้างแล้ว ที่อยู่ใน Location (created; its address in Location)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionView.class)))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.WritingDisabled
    @ErrorAnswers.Unavailable
    HttpResponse<CollectionView> create(HttpRequest<?> request, @Nullable @Body String body) {
        NewCollectionInput in = JsonBodies.read(body, NewCollectionInput.class, new NewCollectionInput(null, null, null));
        CollectionRecord c = run(() -> collections.create(user(request), in.title(), in.description(), in.visibility()));
        audit.record(request, "collection.create", "collection/" + c.id(), "201", c.title());
        return HttpResponse.<CollectionView>status(HttpStatus.CREATED)
                .header("Location", "/api/collections/" + c.id())
                .body(CollectionView.of(c, user(request), List.of()));
    }

    @Get
    @Operation(operationId = "listCollections", summary = "คอลเลกชันของฉันและที่เปิดให้ทุกคนอ่าน (my collections and the public ones)")
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.Unavailable
    CollectionList list(HttpRequest<?> request) {
        String user = user(request);
        List<CollectionView> views = run(() -> collections.list(user)).stream()
                .map(c -> CollectionView.of(c, user, null)).toList();
        return new CollectionList(views.size(), views);
    }

    @Get("/{id}")
    @Operation(summary = "คอลเลกชันพร้อมรายการตามลำดับ สถานะของแต่ละรายการ (current, changed, removed) "
            + "(a collection with its items in order and each item's status)", operationId = "getCollection")
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    CollectionView read(HttpRequest<?> request, @CollectionId @PathVariable String id) {
        return full(request, id(id));
    }

    @Patch("/{id}")
    @Operation(operationId = "updateCollection", summary = "แก้ชื่อ คำอธิบาย หรือการมองเห็น (change title, description or visibility)",
            security = @SecurityRequirement(name = ApiDescription.BEARER),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollectionInput.class))))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.OwnerOnly
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    CollectionView update(HttpRequest<?> request, @CollectionId @PathVariable String id, @Nullable @Body String body) {
        long cid = id(id);
        CollectionInput in = JsonBodies.read(body, CollectionInput.class, new CollectionInput(null, null, null));
        run(() -> collections.update(user(request), cid, in.title(), in.description(), in.visibility()));
        audit.record(request, "collection.update", "collection/" + cid, "200", null);
        return full(request, cid);
    }

    @Delete("/{id}")
    @Operation(operationId = "deleteCollection", summary = "ลบคอลเลกชัน (delete a collection)",
            security = @SecurityRequirement(name = ApiDescription.BEARER))
    @ApiResponse(responseCode = "204", description = "ลบแล้ว (deleted)")
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.OwnerOnly
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    HttpResponse<?> delete(HttpRequest<?> request, @CollectionId @PathVariable String id) {
        long cid = id(id);
        run(() -> {
            collections.delete(user(request), cid);
            return null;
        });
        audit.record(request, "collection.delete", "collection/" + cid, "204", null);
        return HttpResponse.noContent();
    }

    @Post("/{id}/items")
    @Operation(operationId = "addCollectionItem", summary = "เก็บข้อความย่อยเข้าคอลเลกชัน พร้อมบันทึก (pin a passage, with a note)",
            security = @SecurityRequirement(name = ApiDescription.BEARER),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ItemInput.class))))
    @ApiResponse(responseCode = "201", description = "เก็บแล้ว พร้อมภาพข้อความขณะเก็บ (pinned, with its snapshot)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.OwnerOnly
    @ErrorAnswers.NotFound
    @ErrorAnswers.Conflict
    @ErrorAnswers.Unavailable
    HttpResponse<ItemView> add(HttpRequest<?> request, @CollectionId @PathVariable String id, @Nullable @Body String body) {
        long cid = id(id);
        ItemInput in = JsonBodies.read(body, ItemInput.class, new ItemInput(null, null));
        CollectionService.Item item = run(() -> collections.add(user(request), cid, in.passageId(), in.note()));
        audit.record(request, "collection.pin", "collection/" + cid + "/items/" + item.record().id(), "201",
                item.record().snapshot().passageId());
        return HttpResponse.<ItemView>status(HttpStatus.CREATED).body(ItemView.of(item));
    }

    @Patch("/{id}/items/{itemId}")
    @Operation(operationId = "updateCollectionItem", summary = "แก้บันทึกของรายการ (change an item's note)",
            security = @SecurityRequirement(name = ApiDescription.BEARER),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoteInput.class))))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.OwnerOnly
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    ItemView note(HttpRequest<?> request, @CollectionId @PathVariable String id, @ItemId @PathVariable String itemId,
                  @Nullable @Body String body) {
        long cid = id(id), iid = itemId(itemId);
        NoteInput in = JsonBodies.read(body, NoteInput.class, new NoteInput(null));
        CollectionService.Item item = run(() -> collections.note(user(request), cid, iid, in.note()));
        audit.record(request, "collection.note", "collection/" + cid + "/items/" + iid, "200", null);
        return ItemView.of(item);
    }

    @Delete("/{id}/items/{itemId}")
    @Operation(operationId = "removeCollectionItem", summary = "นำรายการออกจากคอลเลกชัน (remove an item)",
            security = @SecurityRequirement(name = ApiDescription.BEARER))
    @ApiResponse(responseCode = "204", description = "นำออกแล้ว (removed)")
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.OwnerOnly
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    HttpResponse<?> remove(HttpRequest<?> request, @CollectionId @PathVariable String id, @ItemId @PathVariable String itemId) {
        long cid = id(id), iid = itemId(itemId);
        run(() -> {
            collections.remove(user(request), cid, iid);
            return null;
        });
        audit.record(request, "collection.unpin", "collection/" + cid + "/items/" + iid, "204", null);
        return HttpResponse.noContent();
    }

    @Put("/{id}/order")
    @Operation(operationId = "reorderCollection", summary = "เรียงลำดับรายการใหม่ ระบุทุกรายการ (reorder: every item id, in the new order)",
            security = @SecurityRequirement(name = ApiDescription.BEARER),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderInput.class))))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.OwnerOnly
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    CollectionView order(HttpRequest<?> request, @CollectionId @PathVariable String id, @Nullable @Body String body) {
        long cid = id(id);
        OrderInput in = JsonBodies.read(body, OrderInput.class, new OrderInput(null));
        run(() -> collections.reorder(user(request), cid, in.itemIds()));
        audit.record(request, "collection.order", "collection/" + cid, "200", null);
        return full(request, cid);
    }

    @Get("/{id}/export")
    @Operation(operationId = "exportCollection", summary = "ส่งออกคอลเลกชันเป็นเอกสารประกอบ (docx) สไลด์ (pptx) หรือ Markdown (md) "
            + "(export as a DOCX handout, PPTX slides or Markdown)", parameters = {
            @Parameter(name = "format", in = ParameterIn.QUERY, required = true,
                    description = "docx (เอกสารประกอบ handout), pptx (สไลด์ slides) หรือ md (Markdown)",
                    schema = @Schema(type = "string", allowableValues = {"docx", "pptx", "md"}))},
            responses = @ApiResponse(responseCode = "200", description = "แฟ้มที่ส่งออก ชื่อไฟล์ภาษาไทยใน Content-Disposition "
                    + "(the exported file; its Thai name in Content-Disposition)", content = {
                    @Content(mediaType = EXPORT_DOCX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = EXPORT_PPTX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = EvidenceFormat.MARKDOWN_TYPE, schema = @Schema(type = "string"))}))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    HttpResponse<byte[]> export(HttpRequest<?> request, @CollectionId @PathVariable String id) {
        long cid = id(id);
        List<String> formats = SearchParams.values(request.getParameters(), "format");
        if (formats.size() != 1) {
            throw new BadRequestException("format", "ระบุ format ค่าเดียว: docx, pptx หรือ md (give one format: docx, pptx or md)");
        }
        ExportFormat format;
        try {
            format = ExportFormat.parse(formats.get(0));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("format", e.getMessage());
        }
        CollectionService.Full full = run(() -> collections.read(user(request), cid));
        Handout handout = Handout.of(full, LocalDate.now(), EvidenceController.baseUrl(request));
        return HttpResponse.ok(format.write(handout)).contentType(format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("collection-" + cid + "." + format.id(), format.fileName(handout)));
    }

    @Get(value = "/{id}/evidence", produces = {MediaType.APPLICATION_JSON, EvidenceFormat.MARKDOWN_TYPE, EvidenceFormat.DOCX_TYPE})
    @Operation(operationId = "getCollectionEvidencePack",
            summary = "แฟ้มหลักฐานของหมวดจากข้อความในคอลเลกชัน (evidence pack of a category built from the collection's passages)",
            parameters = {
                    @Parameter(name = "category", in = ParameterIn.QUERY, required = true, description = "หมวด 1–7 (PMQA category)",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "7")),
                    @Parameter(name = "framework", in = ParameterIn.QUERY, description = "pmqa40 (ค่าเริ่มต้น), fl2552 หรือ fl2 "
                            + "(PMQA 4.0 items, or the Fundamental Level codes of an edition)",
                            schema = @Schema(type = "string", allowableValues = {"pmqa40", "fl2552", "fl2"}, defaultValue = "pmqa40")),
                    @Parameter(name = "format", in = ParameterIn.QUERY, description = "รูปแบบของแฟ้ม (format of the pack); markdown = md",
                            schema = @Schema(type = "string", allowableValues = {"json", "md", "markdown", "docx"}, defaultValue = "json"))},
            responses = @ApiResponse(responseCode = "200", description = "แฟ้มหลักฐาน (the pack)", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")),
                    @Content(mediaType = EvidenceFormat.MARKDOWN_TYPE, schema = @Schema(type = "string")),
                    @Content(mediaType = EvidenceFormat.DOCX_TYPE, schema = @Schema(type = "string", format = "binary"))}))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    HttpResponse<byte[]> evidence(HttpRequest<?> request, @CollectionId @PathVariable String id) {
        long cid = id(id);
        HttpParameters p = request.getParameters();
        int category = EvidenceController.category(p);
        EvidenceFormat format;
        try {
            format = EvidenceFormat.parse(EvidenceController.single(p, "format", "json"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("format", e.getMessage());
        }
        EvidencePlan plan;
        try {
            plan = EvidencePlan.build(taxonomy, vocabulary, EvidenceController.single(p, "framework", "pmqa40"), category);
        } catch (EvidencePlanException e) {
            throw new BadRequestException(e.parameter(), e.getMessage());
        }
        CollectionService.Full full = run(() -> collections.read(user(request), cid));
        List<String> ids = full.items().stream().map(i -> i.record().snapshot().passageId()).toList();
        long gone = full.items().stream().filter(i -> i.status().state() == ItemStatus.State.REMOVED).count();
        EvidencePack pack = run(() -> evidence.collect(plan, new EvidenceRequest(List.of(), List.of(),
                EvidenceController.baseUrl(request), EvidenceRequest.DEFAULT_QUOTES, LocalDate.now()), ids));
        pack = CollectionEvidence.scoped(pack, full.collection().title(), ids.size(), (int) gone);
        MutableHttpResponse<byte[]> response = HttpResponse.ok(format.write(pack)).contentType(format.contentType());
        if (format != EvidenceFormat.JSON) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, attachment("collection-" + cid + "-evidence-" + category + "."
                    + format.id(), full.collection().title() + " - แฟ้มหลักฐานหมวด " + category + "." + format.id()));
        }
        return response;
    }

    /** An ASCII name for old clients and the Thai one in RFC 5987 form for the rest. */
    static String attachment(String ascii, String name) {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private CollectionView full(HttpRequest<?> request, long id) {
        String user = user(request);
        CollectionService.Full full = run(() -> collections.read(user, id));
        return CollectionView.of(full.collection(), user, full.items().stream().map(ItemView::of).toList());
    }

    /** Media types of the exports, as constants for the description (ExportFormat holds the same). */
    static final String EXPORT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String EXPORT_PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** The description of the collection id path variable; {@link #id} answers 400 for anything else. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(description = "รหัสคอลเลกชัน เลขจำนวนเต็มบวก (collection id, a positive integer)",
            schema = @Schema(type = "integer", format = "int64", minimum = "1", example = "1"))
    @interface CollectionId {}

    /** The description of the item id path variable; {@link #itemId} answers 400 for anything else. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(description = "รหัสรายการในคอลเลกชัน เลขจำนวนเต็มบวก (item id, a positive integer)",
            schema = @Schema(type = "integer", format = "int64", minimum = "1", example = "1"))
    @interface ItemId {}

    static long id(String raw) {
        return number("id", raw, "รหัสคอลเลกชันต้องเป็นตัวเลข (collection id is a number)");
    }

    private static long itemId(String raw) {
        return number("itemId", raw, "รหัสรายการต้องเป็นตัวเลข (item id is a number)");
    }

    private static long number(String parameter, String raw, String message) {
        try {
            long v = Long.parseLong(raw);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(parameter, message + ": '" + raw + "'");
    }

    interface Work<T> {
        T run() throws IOException;
    }

    /** Runs service work, its refusals turned into the API's exceptions. */
    static <T> T run(Work<T> work) {
        try {
            return work.run();
        } catch (CollectionException e) {
            throw switch (e.kind()) {
                case BAD_REQUEST -> new BadRequestException(e.parameter(), e.getMessage());
                case NOT_FOUND -> new NotFoundException(e.getMessage());
                case FORBIDDEN -> new ForbiddenException(e.getMessage());
                case CONFLICT -> new ConflictException(e.getMessage());
            };
        } catch (CollectionStore.CollectionStorageException e) {
            throw new ServiceUnavailableException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ServiceUnavailableException("อ่านดัชนีไม่ได้ในขณะนี้ (index not readable now)", e);
        }
    }
}
