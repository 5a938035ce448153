package org.htmacademy.learning.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;
import org.htmacademy.learning.CatalogEntry;
import org.htmacademy.learning.CatalogFilter;
import org.htmacademy.learning.LearningService;

/** Every published course, by track, with search and filters. */
@Route("catalog")
@PageTitle("Course catalog — HTM Academy")
@Menu(title = "Course catalog", order = 10, icon = "vaadin:book")
// public: visitors browse courses before they have an account
@AnonymousAllowed
class CatalogView extends Main {

	enum HoursRange {

		ANY("Any length", null, null), SHORT("Up to 3 hours", null, new BigDecimal("3")),
		LONG("More than 3 hours", new BigDecimal("3.01"), null);

		final String label;

		final BigDecimal min;

		final BigDecimal max;

		HoursRange(String label, BigDecimal min, BigDecimal max) {
			this.label = label;
			this.min = min;
			this.max = max;
		}

	}

	final TextField search = new TextField();

	final Select<Track> track = new Select<>();

	final Select<Level> level = new Select<>();

	final Select<HoursRange> hours = new Select<>();

	final Div results = new Div();

	private final LearningService learning;

	CatalogView(LearningService learning) {
		this.learning = learning;
		addClassName("page");
		search.setPlaceholder("Search courses: DICOM, MDS2, sterilizer…");
		search.setAriaLabel("Search courses");
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setValueChangeMode(ValueChangeMode.LAZY);
		track.setLabel("Track");
		track.setItems(Track.values());
		track.setItemLabelGenerator(t -> t == null ? "All tracks" : t.label());
		track.setEmptySelectionAllowed(true);
		track.setEmptySelectionCaption("All tracks");
		level.setLabel("Level");
		level.setItems(Level.values());
		level.setItemLabelGenerator(l -> l == null ? "All levels" : l.label());
		level.setEmptySelectionAllowed(true);
		level.setEmptySelectionCaption("All levels");
		hours.setLabel("CE hours");
		hours.setItems(HoursRange.values());
		hours.setItemLabelGenerator(h -> h.label);
		hours.setValue(HoursRange.ANY);
		search.addValueChangeListener(e -> refresh());
		track.addValueChangeListener(e -> refresh());
		level.addValueChangeListener(e -> refresh());
		hours.addValueChangeListener(e -> refresh());
		Div filters = new Div(search, track, level, hours);
		filters.addClassName("filters");
		results.addClassName("catalog-results");
		add(new H1("Course catalog"), filters, results);
		refresh();
	}

	void refresh() {
		HoursRange range = hours.getValue() == null ? HoursRange.ANY : hours.getValue();
		List<CatalogEntry> entries = learning
			.catalog(new CatalogFilter(search.getValue(), track.getValue(), level.getValue(), range.min, range.max));
		results.removeAll();
		if (entries.isEmpty()) {
			results.add(new Paragraph("No course matches these filters."));
			return;
		}
		Map<Track, List<CatalogEntry>> byTrack = new TreeMap<>();
		entries.forEach(e -> byTrack.computeIfAbsent(e.track(), t -> new java.util.ArrayList<>()).add(e));
		byTrack.forEach((t, courses) -> {
			Div cards = new Div();
			cards.addClassName("card-grid");
			courses.forEach(course -> cards.add(card(course)));
			Section section = new Section(new H2(t.label()), cards);
			section.addClassName("catalog-track");
			results.add(section);
		});
	}

	private Div card(CatalogEntry course) {
		Anchor title = new Anchor("courses/" + course.courseId(), course.title());
		H3 heading = new H3(title);
		Div badges = new Div(Labels.trackBadge(course.track()), Labels.badge(course.level().label(), "level"),
				Labels.badge(Labels.hours(course.ceHours()), "hours"));
		if (course.awardsCertificate()) {
			badges.add(Labels.badge("Certificate", "certificate"));
		}
		if (course.enrolled()) {
			badges.add(Labels.badge("Enrolled", "enrolled"));
		}
		badges.addClassName("badges");
		Div card = new Div(heading, badges, new Paragraph(course.summary()),
				new Paragraph(course.lessonCount() + " lessons"));
		card.addClassNames("card", "course-card");
		return card;
	}

}
