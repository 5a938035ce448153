/**
 * The certificate of completion as a one-page PDF/A-2b document: layout, embedded fonts, QR code and archival
 * metadata. Pure rendering; the certificate feature decides what goes on it. Fonts, text fitting, drawing and
 * archival metadata are public for other archival documents (transcripts).
 */
@NullMarked
package org.htmacademy.certificate.pdf;

import org.jspecify.annotations.NullMarked;
