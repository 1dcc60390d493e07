package org.parkhall.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the hall takes as electronic materials, each known by how its content begins (its magic bytes),
 * never by the name or type the sender gives. Since 3.2.
 */
public enum MaterialType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    MaterialType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type {@code content} begins as, if it is one the hall takes. */
    public static Optional<MaterialType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.begins(content)).findFirst();
    }

    private boolean begins(byte[] content) {
        return content.length > magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
