package org.compacts.compact.success;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo case studies of the embedded default: recorded, approved and made public in
 * each configured compact whose log is still empty, once its demo compact is loaded (so
 * they link to its codes). A real deployment configures none.
 */
@Component
@EnableConfigurationProperties(DemoCaseStudies.Properties.class)
class DemoCaseStudies {

	private static final Logger log = LoggerFactory.getLogger(DemoCaseStudies.class);

	/**
	 * @param caseStudies case study files by tenant slug
	 */
	@ConfigurationProperties("compacts.demo")
	record Properties(@Nullable Map<String, Resource> caseStudies) {

		Properties {
			caseStudies = caseStudies == null ? Map.of() : Map.copyOf(caseStudies);
		}

	}

	record Entry(String title, String story, @Nullable String place, @Nullable List<String> sectors,
			@Nullable List<String> organisations, @Nullable List<String> codes, @Nullable String evidence) {
	}

	private final Properties properties;

	private final SuccessRegister register;

	private final Successes successes;

	private final SharedItems items;

	private final ItemLinks links;

	private final TransactionTemplate transactions;

	DemoCaseStudies(Properties properties, SuccessRegister register, Successes successes, SharedItems items,
			ItemLinks links, TransactionTemplate transactions) {
		this.properties = properties;
		this.register = register;
		this.successes = successes;
		this.items = items;
		this.links = links;
		this.transactions = transactions;
	}

	/** After every runner, the demo compacts' import included. */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		Objects.requireNonNull(properties.caseStudies()).forEach((tenant, file) -> {
			int recorded = CurrentTenant.callAs(tenant,
					() -> Objects.requireNonNull(transactions.execute(status -> loadInto(read(file)))));
			if (recorded > 0) {
				log.info("Recorded {} demo case studies in {} from {}", recorded, tenant, file.getFilename());
			}
		});
	}

	private int loadInto(List<Entry> entries) {
		if (successes.count() > 0) {
			return 0;
		}
		Map<String, UUID> codes = codesByTitle();
		for (Entry entry : entries) {
			List<UUID> linked = orEmpty(entry.codes()).stream().map(codes::get).filter(Objects::nonNull).toList();
			Story story = new Story(entry.title(), entry.story(),
					orEmpty(entry.organisations()).stream().map(name -> new Party(null, name)).toList(), linked,
					entry.evidence(), List.of(), orEmpty(entry.sectors()), entry.place());
			SuccessRegister.Shown shown = register.record(story, "demo");
			shown = register.approve(shown.id(), ExpectedVersion.of(shown.version()), "demo");
			register.makePublic(shown.id(), ExpectedVersion.of(shown.version()));
		}
		return entries.size();
	}

	private Map<String, UUID> codesByTitle() {
		List<UUID> ids = new ArrayList<>();
		items.all(ItemKind.CODE).forEach(item -> ids.add(item.id()));
		Map<String, UUID> byTitle = new java.util.HashMap<>();
		links.of(ids).forEach(link -> byTitle.putIfAbsent(link.title(), link.itemId()));
		return byTitle;
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}

	private static List<Entry> read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, new TypeReference<List<Entry>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo case studies " + file, ex);
		}
	}

}
