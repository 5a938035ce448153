package org.htmacademy.authoring;

import java.time.Instant;

public record DraftFileInfo(String path, int version, int size, String updatedBy, Instant updatedAt) {
}
