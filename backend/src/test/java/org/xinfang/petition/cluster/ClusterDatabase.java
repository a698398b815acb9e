package org.xinfang.petition.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one MariaDB/MySQL database the nodes share, on the server the test suite uses (TEST_DB_HOST, TEST_DB_PORT,
 * TEST_DB_USER, TEST_DB_PASSWORD) under a name of its own (CLUSTER_TEST_DB_NAME, default petition_cluster_it), so
 * that it never meets the suite's database. The test reads it directly for what the API does not show.
 */
final class ClusterDatabase {

    private final String server;
    private final String name;
    private final String user;
    private final String password;

    ClusterDatabase() {
        this(env("CLUSTER_TEST_DB_NAME", "petition_cluster_it"));
    }

    /** A database of this name on the suite's server, for a test of its own (the installation's, the drill's). */
    ClusterDatabase(String name) {
        this.server = "jdbc:mysql://" + env("TEST_DB_HOST", "127.0.0.1") + ":" + env("TEST_DB_PORT", "3306") + "/";
        this.name = name;
        this.user = env("TEST_DB_USER", "root");
        this.password = env("TEST_DB_PASSWORD", "");
    }

    /** A new, empty database: the first node to start migrates it. */
    void recreate() throws SQLException {
        drop();
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    /** The database gone, with everything in it. */
    void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists `" + name + "`");
        }
    }

    /**
     * The environment of the operator's scripts ({@code ops/backup}, {@code ops/restore}) for this database: host,
     * port, name, user and password.
     */
    Map<String, String> scriptEnvironment() {
        return Map.of(
                "PETITION_DB_HOST", env("TEST_DB_HOST", "127.0.0.1"),
                "PETITION_DB_PORT", env("TEST_DB_PORT", "3306"),
                "PETITION_DB_NAME", name,
                "PETITION_DB_USER", user,
                "PETITION_DB_PASSWORD", password);
    }

    /**
     * Creates (or re-creates) a user of the server with every privilege on this database and no other, as the README
     * has the operator create the application's, and returns the environment that points a node at the database as
     * that user.
     */
    Map<String, String> applicationUser(String appUser, String appPassword) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            for (String host : List.of("%", "localhost")) {
                String account = "'" + appUser + "'@'" + host + "'";
                statement.execute("create or replace user " + account + " identified by '" + appPassword + "'");
                statement.execute("grant all privileges on `" + name + "`.* to " + account);
            }
        }
        return environment(appUser, appPassword);
    }

    /** The environment that points a node at this database. */
    Map<String, String> nodeEnvironment() {
        return environment(user, password);
    }

    private Map<String, String> environment(String login, String secret) {
        return Map.of(
                "PETITION_DB_URL", server + name + "?sendFractionalSeconds=false&characterEncoding=UTF-8",
                "PETITION_DB_USER", login,
                "PETITION_DB_PASSWORD", secret);
    }

    long count(String sql, Object... arguments) {
        return Objects.requireNonNull(
                query(sql, arguments, result -> result.getLong(1)).get(0));
    }

    List<String> strings(String sql, Object... arguments) {
        return query(sql, arguments, result -> result.getString(1));
    }

    List<Long> longs(String sql, Object... arguments) {
        return query(sql, arguments, result -> result.getLong(1));
    }

    int update(String sql, Object... arguments) {
        try (Connection connection = connect();
                PreparedStatement statement = prepared(connection, sql, arguments)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private <T> List<T> query(String sql, Object[] arguments, Column<T> column) {
        try (Connection connection = connect();
                PreparedStatement statement = prepared(connection, sql, arguments);
                ResultSet result = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (result.next()) {
                values.add(column.read(result));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(server + name, user, password);
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object[] arguments)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < arguments.length; i++) {
            statement.setObject(i + 1, arguments[i]);
        }
        return statement;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private interface Column<T> {
        T read(ResultSet result) throws SQLException;
    }
}
