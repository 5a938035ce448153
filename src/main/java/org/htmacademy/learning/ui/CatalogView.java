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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
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
class CatalogView extends Main implements BeforeEnterObserver {

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

	/** True while the address sets the filters, whose change events must not write the address back. */
	private boolean fromAddress;

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
		search.addValueChangeListener(e -> filtersChanged(e.isFromClient()));
		track.addValueChangeListener(e -> filtersChanged(e.isFromClient()));
		level.addValueChangeListener(e -> filtersChanged(e.isFromClient()));
		hours.addValueChangeListener(e -> filtersChanged(e.isFromClient()));
		Div filters = new Div(search, track, level, hours);
		filters.addClassName("filters");
		results.addClassName("catalog-results");
		add(new H1("Course catalog"), filters, results);
	}

	/** The filters live in the address, so a filtered catalog can be shared and the back button undoes a filter. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
		fromAddress = true;
		search.setValue(first(query, "q"));
		track.setValue(parse(Track.class, first(query, "track")));
		level.setValue(parse(Level.class, first(query, "level")));
		HoursRange range = parse(HoursRange.class, first(query, "hours"));
		hours.setValue(range == null ? HoursRange.ANY : range);
		fromAddress = false;
		refresh();
	}

	/** A person's change goes into the address (a new history entry); the address's own changes only refresh. */
	private void filtersChanged(boolean byPerson) {
		if (fromAddress) {
			return;
		}
		if (!byPerson) {
			refresh();
			return;
		}
		Map<String, String> query = new java.util.LinkedHashMap<>();
		if (!search.getValue().isBlank()) {
			query.put("q", search.getValue().strip());
		}
		if (track.getValue() != null) {
			query.put("track", track.getValue().name().toLowerCase(java.util.Locale.ROOT));
		}
		if (level.getValue() != null) {
			query.put("level", level.getValue().name().toLowerCase(java.util.Locale.ROOT));
		}
		if (hours.getValue() != null && hours.getValue() != HoursRange.ANY) {
			query.put("hours", hours.getValue().name().toLowerCase(java.util.Locale.ROOT));
		}
		getUI().ifPresent(ui -> ui.navigate(CatalogView.class, QueryParameters.simple(query)));
	}

	private static String first(Map<String, List<String>> query, String name) {
		List<String> values = query.getOrDefault(name, List.of());
		return values.isEmpty() ? "" : values.get(0);
	}

	/** An unknown value in a shared or hand-edited address means "any", never an error page. */
	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		return null;
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
