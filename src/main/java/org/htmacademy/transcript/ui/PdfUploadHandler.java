package org.htmacademy.transcript.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.htmacademy.transcript.ActivityLimits;

/**
 * Keeps an uploaded attachment in memory, reading one byte more than allowed so an oversized file is recognised
 * without holding all of it; the page and then the service judge the bytes.
 */
final class PdfUploadHandler implements UploadHandler {

	private final SerializableBiConsumer<String, byte[]> received;

	PdfUploadHandler(SerializableBiConsumer<String, byte[]> received) {
		this.received = received;
	}

	@Override
	public void handleUploadRequest(UploadEvent event) throws IOException {
		byte[] content;
		try (InputStream in = event.getInputStream()) {
			content = in.readNBytes(ActivityLimits.MAX_ATTACHMENT_BYTES + 1);
		}
		String fileName = event.getFileName();
		event.getUI().access(() -> received.accept(fileName, content));
	}

}
