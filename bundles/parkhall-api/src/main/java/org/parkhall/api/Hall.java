package org.parkhall.api;

import org.osgi.annotation.versioning.ProviderType;

/** The hall's core, as the web and shell faces see it. */
@ProviderType
public interface Hall {

    /** The current status; reads the database, so it also proves the database answers. */
    HallStatus status();
}
