package org.parkhall.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The hall's catalog of service items (事项目录): every item any department has ever served here, whether its
 * handler is deployed now or not. An item never disappears because its department's bundle was removed.
 */
@ProviderType
public interface Catalog {

    /** All items, ordered by code. */
    List<CatalogEntry> entries();

    /** The item with this code, if the hall has ever known it. */
    Optional<CatalogEntry> entry(String itemCode);

    /**
     * Items whose code, name (Chinese or English), department or guide text contains {@code keyword}
     * (case-insensitive), optionally only of one department.
     */
    List<CatalogEntry> search(String keyword, String department);

    /** The joint applications (一件事) the hall offers. */
    List<JointApplication> jointApplications();
}
