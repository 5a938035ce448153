package org.htmacademy.transcript;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Fills pages top to bottom with whole blocks; a table row that starts a page brings its heading along. */
final class Pagination {

	private Pagination() {
	}

	static List<List<Block>> pages(List<Block> blocks, float pageHeight) {
		List<List<Block>> pages = new ArrayList<>();
		List<Block> page = new ArrayList<>();
		float used = 0;
		for (Block block : blocks) {
			if (used + block.height() > pageHeight && !page.isEmpty()) {
				pages.add(page);
				page = new ArrayList<>();
				used = 0;
				@Nullable Block heading = block.heading();
				if (heading != null) {
					page.add(heading);
					used += heading.height();
				}
			}
			page.add(block);
			used += block.height();
		}
		pages.add(page);
		return pages;
	}

}
