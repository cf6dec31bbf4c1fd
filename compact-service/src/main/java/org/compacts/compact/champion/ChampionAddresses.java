package org.compacts.compact.champion;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where the current compact's champions are reached: those who gave an address. */
@Component
@Transactional(readOnly = true)
public class ChampionAddresses {

	private final JdbcTemplate jdbc;

	ChampionAddresses(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The active champions' e-mail addresses, each once. */
	public List<String> active() {
		return jdbc.queryForList(
				"SELECT DISTINCT email FROM champion WHERE stood_down_on IS NULL AND email IS NOT NULL ORDER BY email",
				String.class);
	}

}
