package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.federation.Visibility;
import org.compacts.compact.item.ItemLinks;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.compacts.servicekit.web.FormFields;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's members read its indicators, the members of the county it follows those
 * shared with the county ({@link Readers}), anyone else the public ones; none is told of
 * any other (404, never 403). Its editors define them and take readings (the security
 * rules decide who gets to a write).
 */
@RestController
@RequestMapping("/api/t/{tenant}/indicators")
class IndicatorController {

	private final IndicatorRegister register;

	private final Readers readers;

	IndicatorController(IndicatorRegister register, Readers readers) {
		this.register = register;
		this.readers = readers;
	}

	/** A value as the database keeps it: up to 14 digits before the point, 4 after. */
	record PointInput(@NotNull @Digits(integer = 14, fraction = Rag.SCALE) BigDecimal value, @NotNull LocalDate on) {

		Point point() {
			return new Point(value, on);
		}

	}

	record IndicatorInput(@NotBlank @Size(max = 200) String name,
			@Schema(description = "what the values count: \"%\", \"organisations\", \"days\"") @NotBlank @Size(
					max = 40) String unit,
			@NotNull @Valid PointInput baseline,
			@Schema(description = "its day after the baseline's") @NotNull @Valid PointInput target,
			@NotNull Direction direction,
			@Schema(description = "how far short of the expected value still counts as amber, in the unit; "
					+ "zero or more") @NotNull @Digits(integer = 14, fraction = Rag.SCALE) BigDecimal tolerance,
			@Schema(description = "who beyond the compact's members reads it; COUNTY when absent") Visibility visibility,
			@Schema(description = "the principles and codes of this compact (its own or adopted copies) it evidences, "
					+ "by stable item id") @Size(max = 100) List<@NotNull UUID> itemIds) {

		IndicatorInput {
			visibility = visibility == null ? Visibility.COUNTY : visibility;
			itemIds = itemIds == null ? List.of() : itemIds;
		}

		Definition definition() {
			return new Definition(name, unit, baseline.point(), target.point(), direction, tolerance, visibility,
					itemIds);
		}

	}

	record ReadingInput(@Schema(description = "the day it was taken: today or before") @NotNull LocalDate on,
			@NotNull @Digits(integer = 14, fraction = Rag.SCALE) BigDecimal value, @Size(max = 2000) String note,
			@Schema(description = "where the value comes from") @Size(max = 200) String source) {

		ReadingInput {
			note = FormFields.strippedOrNull(note);
			source = FormFields.strippedOrNull(source);
		}

	}

	record ReadingView(UUID id, LocalDate on, BigDecimal value, @Nullable String note, @Nullable String source,
			String by, Instant at) {

		static ReadingView of(Reading reading) {
			return new ReadingView(reading.id(), reading.on(), plain(reading.point().value()), reading.note(),
					reading.source(), reading.recordedBy(), reading.recordedAt());
		}

	}

	/**
	 * @param readings newest first; left out of the list of indicators
	 * @param expected the value expected on the latest reading's day
	 */
	record IndicatorView(UUID id, String name, String unit, Point baseline, Point target, Direction direction,
			BigDecimal tolerance, Visibility visibility, List<ItemLinks.Link> links,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<ReadingView> readings, @Nullable Point latest,
			@Nullable BigDecimal expected, Rag rag, long version) {

		static IndicatorView of(IndicatorRegister.Shown shown, boolean withReadings) {
			Definition definition = shown.definition();
			Indicator.Standing standing = shown.standing();
			return new IndicatorView(shown.indicator().id(), definition.name(), definition.unit(),
					plain(definition.baseline()), plain(definition.target()), definition.direction(),
					plain(definition.tolerance()), definition.visibility(), shown.links(),
					withReadings ? shown.readings().stream().map(ReadingView::of).toList() : null,
					standing.latest() == null ? null : plain(standing.latest()),
					standing.expected() == null ? null : plain(standing.expected()), standing.rag(),
					shown.indicator().version());
		}

	}

	@GetMapping
	@Operation(summary = "The compact's indicators by name, each with its latest reading and RAG",
			description = "Without their readings. Members read them all, members of the county it follows "
					+ "those shared with the county, anyone else the public ones.")
	List<IndicatorView> list(@PathVariable String tenant, Authentication reader) {
		return register.all(readers.reachOf(reader, tenant))
			.stream()
			.map(shown -> IndicatorView.of(shown, false))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An indicator with its readings, newest first",
			description = "Not found for a reader who does not see it: not a member, and it is neither "
					+ "public nor shared with the county the reader is a member of.")
	ResponseEntity<IndicatorView> one(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		return withETag(ResponseEntity.ok(), register.one(id, readers.reachOf(reader, tenant)));
	}

	@PostMapping
	ResponseEntity<IndicatorView> define(@PathVariable String tenant, @Valid @RequestBody IndicatorInput input,
			Authentication editor) {
		IndicatorRegister.Shown shown = register.define(input.definition(), editor.getName());
		return withETag(Created.at(shown.indicator().id()), shown);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise what an indicator measures and against what",
			description = "Its readings stay, judged against the new definition. If-Match names the version revised.")
	ResponseEntity<IndicatorView> revise(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody IndicatorInput input) {
		return withETag(ResponseEntity.ok(), register.revise(id, ifMatch, input.definition()));
	}

	@PostMapping("/{id}/readings")
	@Operation(summary = "Take a reading of an indicator",
			description = "One a day, of a day that has come; never changed or removed. If-Match names the "
					+ "indicator's version; the answer is the indicator with the reading.")
	ResponseEntity<IndicatorView> record(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody ReadingInput input, Authentication editor) {
		IndicatorRegister.Taken taken = register.record(id, ifMatch, new Point(input.value(), input.on()), input.note(),
				input.source(), editor.getName());
		return withETag(Created.at(taken.reading().id()), taken.shown());
	}

	private static ResponseEntity<IndicatorView> withETag(ResponseEntity.BodyBuilder response,
			IndicatorRegister.Shown shown) {
		return response.eTag(Long.toString(shown.indicator().version())).body(IndicatorView.of(shown, true));
	}

	/** 45 rather than 45.0000, and never 1E+2: the value as it was typed. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static Point plain(Point point) {
		return new Point(plain(point.value()), point.on());
	}

}
