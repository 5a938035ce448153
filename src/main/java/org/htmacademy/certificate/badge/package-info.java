/**
 * Certificates as Open Badges 3.0 credentials: the OpenBadgeCredential, its VC-JWT signature with the platform's
 * key, and verification against the platform's public key set.
 */
@NullMarked
package org.htmacademy.certificate.badge;

import org.jspecify.annotations.NullMarked;
