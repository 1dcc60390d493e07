package org.parkhall.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The electronic materials (电子材料) of cases: files uploaded online or scanned at the window, kept in the hall's
 * store under a number the hall gives (no name or path the sender chooses), each attachment, view and download a
 * ledger entry of the case. Since 3.2.
 */
@ProviderType
public interface Materials {

    /** The largest file taken, in bytes ({@code maxBytes} of {@code etc/org.parkhall.materials.cfg}). */
    long maxBytes();

    /**
     * Attaches {@code content} to the case as material {@code materialCode} (one the item's guide names), refusing
     * (400 {@code invalid}, 413 {@code too_large}, 415 {@code unsupported_media_type}) a file that is not PDF, JPEG
     * or PNG by its content, over the size limit, or one more than a case may hold.
     */
    StoredMaterial attach(String caseNumber, String materialCode, byte[] content, String actor);

    /** The case's materials, oldest first, without their content. */
    List<StoredMaterial> of(String caseNumber);

    /** One material with its content, recorded in the ledger as viewed or downloaded by {@code actor}. */
    MaterialContent open(String caseNumber, long id, boolean download, String actor);

    /** The content of one material, as read for a viewer. */
    record MaterialContent(StoredMaterial material, byte[] content) {
    }
}
