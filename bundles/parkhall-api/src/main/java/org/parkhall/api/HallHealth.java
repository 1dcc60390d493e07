package org.parkhall.api;

import org.osgi.annotation.versioning.ProviderType;

/** Whether the hall is ready to serve: every hall component, the store and the floor, checked as asked. */
@ProviderType
public interface HallHealth {

    /** The hall's readiness now; never throws, whatever is away. */
    Readiness readiness();
}
