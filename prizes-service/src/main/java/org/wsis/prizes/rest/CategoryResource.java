package org.wsis.prizes.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.rest.PageResponse;

import java.util.Arrays;
import java.util.List;

@Path("/categories")
@Tag(name = "Categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private static final List<CategoryResponse> CATEGORIES =
            Arrays.stream(ActionLine.values()).map(CategoryResponse::of).toList();

    @GET
    @PermitAll
    @Operation(summary = "The 18 prize categories (the WSIS Action Lines), numbered 1 to 18")
    @APIResponse(responseCode = "200", description = "Every category, in number order",
            content = @Content(schema = @Schema(implementation = CategoryPage.class)))
    public PageResponse<CategoryResponse> list() {
        return new PageResponse<>(CATEGORIES, 0, CATEGORIES.size(), CATEGORIES.size());
    }

    /** For the OpenAPI document: the list shape with its item type. */
    @Schema(name = "CategoryPage")
    public record CategoryPage(List<CategoryResponse> items, int page, int size, long total) {
    }
}
