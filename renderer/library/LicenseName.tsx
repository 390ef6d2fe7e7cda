/** An identified licence as the tables show it: its name, tagged when the text is a modified copy; a dash for none. */
export function LicenseName({ license }: { license: { name: string; match: string } | null }) {
  if (!license) return <span className="muted">—</span>;
  return (
    <>
      {license.name}
      {license.match === 'modified' && (
        <span className="tag tag-modified" title="The text differs from the reference licence">
          modified
        </span>
      )}
    </>
  );
}
