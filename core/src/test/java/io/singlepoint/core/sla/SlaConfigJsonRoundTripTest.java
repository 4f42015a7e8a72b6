package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.singlepoint.core.fixtures.SlaArbitraries;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link SlaConfigJson} reads back exactly what it writes. */
class SlaConfigJsonRoundTripTest {

    @Property(tries = 300)
    void reading_what_was_written_gives_the_same_configuration(@ForAll("configs") SlaConfig config) {
        String json = SlaConfigJson.write(config);

        assertThat(SlaConfigJson.read(json)).as(json).isEqualTo(config);
    }

    @Provide
    Arbitrary<SlaConfig> configs() {
        return SlaArbitraries.configs();
    }
}
