package org.recourse.testing;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.impl.base.exporter.zip.ZipStoredExporterImpl;

/**
 * The ZIP exporter of the suite's deployments: Arquillian's Payara Micro adapter writes each deployment to a file with
 * {@link ZipExporter}, which deflates every entry again, and a Recourse WAR is 56 MB of jars that are compressed
 * already: about 2.7 s of CPU per Payara boot for nothing (docs/benchmarks.md, "The test suite's own time"). This one
 * stores the entries as they are (ShrinkWrap's own {@code ZipStoredExporter}); Payara reads a stored WAR the same way.
 * Installed only on the archives {@link Deployments} makes, through their own ShrinkWrap domain.
 */
public final class StoredWarExporter extends ZipStoredExporterImpl implements ZipExporter {

    public StoredWarExporter(Archive<?> archive) {
        super(archive);
    }
}
