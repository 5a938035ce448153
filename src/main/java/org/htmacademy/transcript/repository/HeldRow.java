package org.htmacademy.transcript.repository;

import java.time.LocalDate;

public record HeldRow(String certification, LocalDate certifiedOn) {
}
