/**
 * Certificates of completion: their numbers and verification codes, the PDF ({@code pdf}) and the signed Open Badges
 * credential ({@code badge}).
 */
@NullMarked
package org.htmacademy.certificate;

import org.jspecify.annotations.NullMarked;
