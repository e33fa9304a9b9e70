package org.vscp.rest.storage;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Looks up container-managed {@link DataSource}s by JNDI name. */
public final class JndiDataSources {

    private JndiDataSources() {
    }

    /**
     * Returns the {@code DataSource} bound to {@code name}, such as
     * {@code java:comp/env/jdbc/vscp}.
     *
     * @throws StorageException if nothing is bound to the name, or something that is not a
     *     {@code DataSource}
     */
    public static DataSource lookup(String name) {
        Object bound;
        try {
            bound = new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new StorageException("The JNDI name '" + name + "' of storage.jndi-name names"
                    + " no DataSource: " + e.getMessage() + " Define the resource in the"
                    + " container (Tomcat: a Resource in context.xml; WildFly: a datasource) or"
                    + " remove the key to use the embedded database.", e);
        }

        if (bound instanceof DataSource dataSource) {
            return dataSource;
        }
        throw new StorageException("The JNDI name '" + name + "' of storage.jndi-name is bound"
                + " to a " + (bound == null ? "null value" : bound.getClass().getName())
                + ", not to a javax.sql.DataSource.");
    }
}
