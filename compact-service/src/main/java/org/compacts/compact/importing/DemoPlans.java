package org.compacts.compact.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.compacts.compact.federation.Federation;
import org.compacts.compact.federation.MemberHeard;
import org.compacts.compact.federation.Visibility;
import org.compacts.compact.indicator.DemoIndicatorLoader;
import org.compacts.compact.plan.DemoPlanLoader;
import org.compacts.compact.tenancy.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo action plans of the embedded default: each configured compact that has no plan
 * gets its plan, its actions imported from a CSV file as an editor would import them, and
 * its indicators with a year of monthly readings. A compact is loaded once
 * compact-service has heard of it from the tenant events: at start-up when it has, else
 * when its event arrives (the demo tenants are tenant-service's, and may be heard of
 * after this service started). Each plan loads whole or not at all, in one transaction. A
 * real deployment configures none: {@code COMPACTS_DEMO_PLANS=} (empty).
 */
@Component
@EnableConfigurationProperties(DemoPlans.Properties.class)
class DemoPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private static final String BY = "demo";

	/**
	 * @param plans the plan of each compact, by tenant slug
	 */
	@ConfigurationProperties("compacts.demo")
	record Properties(@Nullable Map<String, Plan> plans) {

		Properties {
			plans = plans == null ? Map.of() : Map.copyOf(plans);
		}

	}

	/**
	 * @param actions the actions, as {@code ActionCsv} reads them; codes the compact does
	 * not hold are left out
	 * @param indicators one indicator a row: name, unit, direction (higher or lower),
	 * baseline, target, tolerance, actions (the titles of those that move it, separated
	 * by ";") and readings (twelve values, oldest first, separated by ";")
	 */
	record Plan(String title, String period, @Nullable Visibility visibility, Resource actions, Resource indicators) {
	}

	private final Map<String, Plan> plans;

	private final Federation federation;

	private final DemoPlanLoader planLoader;

	private final DemoIndicatorLoader indicatorLoader;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoPlans(Properties properties, Federation federation, DemoPlanLoader planLoader,
			DemoIndicatorLoader indicatorLoader, TransactionTemplate transactions, ObjectProvider<Clock> clock) {
		this.plans = properties.plans();
		this.federation = federation;
		this.planLoader = planLoader;
		this.indicatorLoader = indicatorLoader;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/London")));
	}

	@Override
	public void run(ApplicationArguments args) {
		plans.keySet().forEach(this::loadIfMissing);
	}

	/** Runs on the tenant events' listener, which must never fail for a demo. */
	@EventListener
	void on(MemberHeard heard) {
		if (plans.containsKey(heard.slug())) {
			loadIfMissing(heard.slug());
		}
	}

	/**
	 * One at a time: start-up and a tenant event may ask for the same compact together.
	 * @return whether it loaded the plan now
	 */
	synchronized boolean loadIfMissing(String tenant) {
		if (!federation.knows(tenant)) {
			log.info("The demo plan of {} waits until compact-service hears of {} from the tenant events", tenant,
					tenant);
			return false;
		}
		Plan plan = plans.get(tenant);
		try {
			Boolean loaded = CurrentTenant.callAs(tenant, () -> transactions.execute(status -> load(tenant, plan)));
			return Boolean.TRUE.equals(loaded);
		}
		catch (RuntimeException ex) {
			// a demo never stops the service nor holds up the tenant events
			log.warn("The demo plan of {} could not be loaded: {}", tenant, ex.toString());
			return false;
		}
	}

	private boolean load(String tenant, Plan plan) {
		if (planLoader.hasPlans()) {
			return false;
		}
		LocalDate latest = LocalDate.now(clock).withDayOfMonth(1);
		LocalDate baselineOn = latest.minusMonths(12);
		Map<String, List<UUID>> moves = new HashMap<>();
		Visibility visibility = plan.visibility() == null ? Visibility.COUNTY : plan.visibility();
		int indicators = 0;
		for (CSVRecord row : rows(plan.indicators())) {
			// the target two years after the baseline, and the readings the year up to
			// this
			// month: the RAG each file means to show holds whenever the demo starts
			UUID indicator = indicatorLoader.define(row.get("name"), row.get("unit"), decimal(row.get("baseline")),
					baselineOn, decimal(row.get("target")), baselineOn.plusYears(2),
					"higher".equals(row.get("direction")), decimal(row.get("tolerance")), visibility, BY);
			String[] readings = row.get("readings").split(";");
			for (int month = 0; month < readings.length; month++) {
				indicatorLoader.read(indicator, decimal(readings[month]),
						latest.minusMonths(readings.length - 1L - month), "Monitoring return", BY);
			}
			for (String action : row.get("actions").split(";")) {
				moves.computeIfAbsent(action.strip(), title -> new ArrayList<>()).add(indicator);
			}
			indicators++;
		}
		int actions = planLoader.load(plan.title(), plan.period(), visibility, bytes(plan.actions()), moves, BY);
		log.info("Loaded the demo plan of {}: {} actions, {} indicators", tenant, actions, indicators);
		return true;
	}

	private static List<CSVRecord> rows(Resource file) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(new String(bytes(file), StandardCharsets.UTF_8)),
				format)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo indicators " + file, ex);
		}
	}

	private static BigDecimal decimal(String value) {
		return new BigDecimal(value.strip());
	}

	private static byte[] bytes(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo file " + file, ex);
		}
	}

}
