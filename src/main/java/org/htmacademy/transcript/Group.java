package org.htmacademy.transcript;

import java.io.IOException;
import java.util.List;

import org.htmacademy.certificate.pdf.Canvas;
import org.jspecify.annotations.Nullable;

/** Blocks kept on one page together, e.g. a heading and the first row under it. */
record Group(List<Block> blocks, @Nullable Block heading) implements Block {

	Group {
		blocks = List.copyOf(blocks);
	}

	@Override
	public float height() {
		return (float) blocks.stream().mapToDouble(Block::height).sum();
	}

	@Override
	public void draw(Canvas canvas, float top) throws IOException {
		float y = top;
		for (Block block : blocks) {
			block.draw(canvas, y);
			y -= block.height();
		}
	}

}
