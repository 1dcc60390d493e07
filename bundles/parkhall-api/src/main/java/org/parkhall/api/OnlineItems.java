package org.parkhall.api;

import org.osgi.annotation.versioning.ProviderType;

/** Which items the public may apply for online (网上申请): served now by a handler that allows it. Since 3.2. */
@ProviderType
public interface OnlineItems {

    /** Whether {@code itemCode} is served here now by a handler whose department takes it online. */
    boolean acceptsOnline(String itemCode);
}
