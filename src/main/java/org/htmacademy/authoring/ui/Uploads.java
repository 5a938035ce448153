package org.htmacademy.authoring.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Uploads read into memory up to a limit the server enforces itself: the browser's size check can be bypassed, so a
 * larger upload is refused once it passes the limit, without reading the rest.
 */
final class Uploads {

	private Uploads() {
	}

	/** @param received told, with the page locked, the file name and its bytes */
	static UploadHandler limited(int maxBytes, BiConsumer<String, byte[]> received) {
		return event -> {
			byte[] bytes;
			try (InputStream in = event.getInputStream()) {
				bytes = in.readNBytes(maxBytes + 1);
			}
			catch (IOException e) {
				event.reject("The upload broke off; try again.");
				return;
			}
			if (bytes.length > maxBytes) {
				event.reject("The file is larger than " + maxBytes / (1024 * 1024) + " MB.");
				return;
			}
			String fileName = event.getFileName();
			event.getUI().access(() -> received.accept(fileName, bytes));
		};
	}

}
