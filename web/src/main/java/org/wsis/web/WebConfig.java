package org.wsis.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the pages need to know beyond the services' addresses. */
@ConfigMapping(prefix = "wsis.web")
public interface WebConfig {

    /** The edition the pages show, a year such as 2026. */
    int edition();

    /** Told to a visitor when a service cannot be reached at all (no Retry-After to pass on). */
    @WithDefault("5")
    int unreachableRetrySeconds();
}
