package org.wsis.common.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives every {@code {edition}} path parameter, in every service, an example and a description, so
 * that Swagger UI's "Try it out" starts from the demo edition: one place instead of an
 * {@code @Parameter} beside every {@code @PathParam("edition") @Edition int edition}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EditionParameterFilter implements OASFilter {

    static final int EXAMPLE = 2026;

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH && "edition".equals(parameter.getName())) {
            if (parameter.getExample() == null) {
                parameter.setExample(EXAMPLE);
            }
            if (parameter.getDescription() == null) {
                parameter.setDescription("The edition of the Forum and the Prizes: its year, from 2000 to 2999");
            }
        }
        return parameter;
    }
}
