package org.compacts.compact.item;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Keeps every SQL statement Hibernate prepares, so a test can read what was sent to the
 * database.
 */
public class RecordedStatements implements StatementInspector {

	static final List<String> SQL = new CopyOnWriteArrayList<>();

	@Override
	public String inspect(String sql) {
		SQL.add(sql);
		return sql;
	}

}
