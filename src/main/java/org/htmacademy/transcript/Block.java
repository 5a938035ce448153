package org.htmacademy.transcript;

import java.io.IOException;

import org.htmacademy.certificate.pdf.Canvas;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal slice of a transcript page that is never split across pages.
 *
 * @see Pagination
 */
interface Block {

	float height();

	void draw(Canvas canvas, float top) throws IOException;

	/** The table heading to repeat when this block starts a new page; null outside tables. */
	default @Nullable Block heading() {
		return null;
	}

}
