package org.htmacademy.certificate.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.htmacademy.certificate.pdf.Canvas.Align;

/**
 * Centred items stacked top to bottom and centred as a whole in their box. Text heights are bounded by their
 * {@link TextFitter.Fit}; when long texts still need more room, the spaces between items shrink, never the box.
 */
final class Flow {

	private sealed interface Item {

		float spaceAbove();

		float height();

	}

	private record Text(FittedText text, Color color, float charSpacing, float spaceAbove) implements Item {

		@Override
		public float height() {
			return text.height();
		}

	}

	/** Something the page draws itself, centred on {@code centre} below {@code top}. */
	interface Painter {

		void paint(Canvas canvas, float centre, float top) throws IOException;

	}

	private record Painted(Painter painter, float height, float spaceAbove) implements Item {
	}

	private record Rule(float width, Color color, float thickness, float spaceAbove) implements Item {

		@Override
		public float height() {
			return thickness;
		}

	}

	private final PDRectangle box;

	private final List<Item> items = new ArrayList<>();

	Flow(PDRectangle box) {
		this.box = box;
	}

	float width() {
		return box.getWidth();
	}

	void text(FittedText text, Color color, float spaceAbove) {
		text(text, color, 0, spaceAbove);
	}

	void text(FittedText text, Color color, float charSpacing, float spaceAbove) {
		items.add(new Text(text, color, charSpacing, items.isEmpty() ? 0 : spaceAbove));
	}

	void painted(Painter painter, float height, float spaceAbove) {
		items.add(new Painted(painter, height, items.isEmpty() ? 0 : spaceAbove));
	}

	void rule(float width, Color color, float thickness, float spaceAbove) {
		items.add(new Rule(width, color, thickness, spaceAbove));
	}

	void draw(Canvas canvas) throws IOException {
		float content = (float) items.stream().mapToDouble(Item::height).sum();
		float spaces = (float) items.stream().mapToDouble(Item::spaceAbove).sum();
		float room = box.getHeight() - content;
		float spaceScale = spaces <= room ? 1 : Math.max(0, room / spaces);
		float y = box.getUpperRightY() - Math.max(0, room - spaces * spaceScale) / 2;
		float centre = box.getLowerLeftX() + box.getWidth() / 2;
		for (Item item : items) {
			y -= item.spaceAbove() * spaceScale;
			switch (item) {
				case Text t -> canvas.text(t.text(), t.color(), t.charSpacing(), Align.CENTER, centre, y);
				case Painted p -> p.painter().paint(canvas, centre, y);
				case Rule r -> canvas.line(centre - r.width() / 2, y - r.thickness() / 2, centre + r.width() / 2,
						y - r.thickness() / 2, r.color(), r.thickness());
			}
			y -= item.height();
		}
	}

}
