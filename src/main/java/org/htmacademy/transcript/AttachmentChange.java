package org.htmacademy.transcript;

/** What saving an activity does to its attachment. */
public sealed interface AttachmentChange {

	AttachmentChange KEEP = new Keep();

	AttachmentChange REMOVE = new Remove();

	static AttachmentChange replaceWith(AttachedFile file) {
		return new Replace(file);
	}

	record Keep() implements AttachmentChange {
	}

	record Remove() implements AttachmentChange {
	}

	record Replace(AttachedFile file) implements AttachmentChange {
	}

}
