package org.wsis.common.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditionParameterFilterTest {

    private final EditionParameterFilter filter = new EditionParameterFilter();

    @Test
    void theEditionPathParameterGetsAnExampleAndADescription() {
        Parameter edition = filter.filterParameter(parameter("edition", Parameter.In.PATH));

        assertThat(edition.getExample()).isEqualTo(2026);
        assertThat(edition.getDescription()).contains("2000", "2999");
    }

    @Test
    void otherParametersAndOwnExamplesAreLeftAlone() {
        assertThat(filter.filterParameter(parameter("id", Parameter.In.PATH)).getExample()).isNull();
        assertThat(filter.filterParameter(parameter("edition", Parameter.In.QUERY)).getExample()).isNull();
        assertThat(filter.filterParameter(parameter("edition", Parameter.In.PATH).example(2030)).getExample())
                .isEqualTo(2030);
    }

    private static Parameter parameter(String name, Parameter.In in) {
        return OASFactory.createParameter().name(name).in(in);
    }
}
