/**
 * Printing people's names in archival PDFs: the DejaVu faces for Latin, Greek, Cyrillic, Armenian and Georgian, and
 * installed Noto, WenQuanYi, IPAex and Nanum faces, shaped by the JDK's HarfBuzz, for the scripts that need
 * right-to-left order, joining or reordering (DD024). Shared by certificates, transcripts and the name rule at entry.
 */
@NullMarked
package org.htmacademy.common.print;

import org.jspecify.annotations.NullMarked;
