/**
 * The open version notices, shown where counsel will see them (the library, the versions view). They are read
 * again whenever the library's documents change, so a notice raised by an import appears as the import ends.
 */
import { useEffect } from 'react';
import { useLibraryStore } from '../state/library';
import { useVersionsStore } from '../state/versions';
import { VersionNoticeCard } from './VersionNoticeCard';
import '../styles/versions.css';

export function VersionNotices() {
  const documents = useLibraryStore((s) => s.documents);
  const notices = useVersionsStore((s) => s.notices);
  useEffect(() => {
    void useVersionsStore.getState().loadNotices();
  }, [documents]);
  if (notices.length === 0) return null;
  return (
    <section className="version-notices" aria-label="Version notices" data-testid="version-notices">
      {notices.map((n) => (
        <VersionNoticeCard key={n.id} notice={n} />
      ))}
    </section>
  );
}
