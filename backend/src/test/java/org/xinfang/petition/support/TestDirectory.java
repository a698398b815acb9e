package org.xinfang.petition.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

/**
 * The staff directory of the tests: an LDAP server in this JVM (UnboundID's, on a free loopback port), loaded with
 * directory.ldif's groups, to which tests add their own users and memberships. application-test.properties maps its
 * groups to units and roles.
 */
public final class TestDirectory implements AutoCloseable {

    public static final String BASE = "dc=xinfang,dc=test";

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    static TestDirectory start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials("cn=reader," + BASE, "reader-secret");
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            // No schema: the groups are groupOfNames without members until a test adds some.
            config.setSchema(null);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(
                    true, TestDirectory.class.getResource("/directory.ldif").getPath());
            server.startListening();
            return new TestDirectory(server);
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory did not start", e);
        }
    }

    String url() {
        return "ldap://127.0.0.1:" + server.getListenPort() + "/";
    }

    /** A user who logs in with the password, named for display, in these groups (their common names). */
    public void addUser(String uid, String displayName, String password, String... groups) {
        try {
            server.add(
                    dn(uid),
                    new Attribute("objectClass", "top", "person", "inetOrgPerson"),
                    new Attribute("uid", uid),
                    new Attribute("cn", uid),
                    new Attribute("sn", uid),
                    new Attribute("displayName", displayName),
                    new Attribute("userPassword", password));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
        for (String group : groups) {
            join(uid, group);
        }
    }

    /** The user leaves the organisation: the entry is gone (the groups' member values may stay, as they do). */
    public void removeUser(String uid) {
        try {
            server.delete(dn(uid));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public void join(String uid, String group) {
        modify(group, new Modification(ModificationType.ADD, "member", dn(uid)));
    }

    public void leave(String uid, String group) {
        modify(group, new Modification(ModificationType.DELETE, "member", dn(uid)));
    }

    private void modify(String group, Modification change) {
        try {
            server.modify(groupDn(group), change);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dn(String uid) {
        return "uid=" + uid + ",ou=people," + BASE;
    }

    private static String groupDn(String group) {
        return group.startsWith("psb-")
                ? "cn=" + group + ",ou=units,ou=groups," + BASE
                : "cn=" + group + ",ou=groups," + BASE;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
