package org.compacts.compact.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a connection that the row-level security policies see as the session's
 * tenant ({@code compacts.tenant}), and wipes the setting before the connection goes back
 * to the pool. Set when the session takes its connection, inside the transaction's
 * lifetime, so it is never lost to a {@code SET LOCAL} issued before the transaction
 * began.
 */
class TenantConnections implements MultiTenantConnectionProvider<String> {

	private final DataSource dataSource;

	TenantConnections(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Connection getAnyConnection() throws SQLException {
		return dataSource.getConnection();
	}

	@Override
	public void releaseAnyConnection(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public Connection getConnection(String tenant) throws SQLException {
		Connection connection = getAnyConnection();
		try {
			setTenant(connection, tenant);
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

	@Override
	public void releaseConnection(String tenant, Connection connection) throws SQLException {
		try {
			setTenant(connection, CurrentTenant.NONE);
		}
		finally {
			connection.close();
		}
	}

	static void setTenant(Connection connection, String tenant) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT set_config('compacts.tenant', ?, false)")) {
			statement.setString(1, tenant);
			statement.execute();
		}
	}

	@Override
	public boolean supportsAggressiveRelease() {
		return false;
	}

	@Override
	public boolean isUnwrappableAs(Class<?> type) {
		return false;
	}

	@Override
	public <T> T unwrap(Class<T> type) {
		throw new UnsupportedOperationException("Cannot unwrap to " + type);
	}

}
