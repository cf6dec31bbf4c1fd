package org.compacts.compact.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.compacts.compact.meeting.MeetingApi.ActionArisingInput;
import org.compacts.compact.meeting.MeetingApi.MeetingInput;
import org.compacts.compact.meeting.MeetingApi.MeetingView;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo meetings of the embedded default, recorded at start-up for each configured
 * compact that has none yet (Kent's: the Lenham meeting of 23 September 2010, with its
 * actions arising in Kent's plan). A real deployment configures none:
 * {@code COMPACTS_DEMO_MEETINGS=} (empty).
 */
@Component
@EnableConfigurationProperties(DemoMeetings.Properties.class)
class DemoMeetings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

	/**
	 * @param meetings a JSON file of meetings by tenant slug
	 */
	@ConfigurationProperties("compacts.demo")
	record Properties(Map<String, Resource> meetings) {

		Properties {
			meetings = meetings == null ? Map.of() : Map.copyOf(meetings);
		}

	}

	/** A meeting as the API takes it, and its actions arising. */
	record DemoMeeting(MeetingInput meeting, List<ActionArisingInput> actions) {
	}

	private final Properties properties;

	private final MeetingRegister register;

	private final JsonMapper json;

	DemoMeetings(Properties properties, MeetingRegister register, JsonMapper json) {
		this.properties = properties;
		this.register = register;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		properties.meetings().forEach((tenant, file) -> CurrentTenant.callAs(tenant, () -> {
			if (register.any()) {
				return null;
			}
			List<DemoMeeting> meetings = read(file);
			for (DemoMeeting demo : meetings) {
				MeetingView meeting = register.create(demo.meeting(), "demo");
				for (ActionArisingInput action : demo.actions()) {
					meeting = register.addAction(meeting.id(), ExpectedVersion.of(meeting.version()), action, "demo");
				}
			}
			log.info("Recorded {} demo meetings of {} from {}", meetings.size(), tenant, file.getFilename());
			return null;
		}));
	}

	private List<DemoMeeting> read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return json.readValue(in, new TypeReference<List<DemoMeeting>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo meetings " + file, ex);
		}
	}

}
