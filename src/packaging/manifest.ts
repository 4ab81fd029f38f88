/**
 * `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 4th edition: one organisation, one SCO that
 * launches the course, the mastery score, and (2004) an objective per bijeenkomst. Built with
 * xmlbuilder2, which escapes every title.
 */
import { create } from 'xmlbuilder2';
import { DIALECT, type ScormVersion } from '../tracking/scorm-elements';

/** What a package holds; identifiers derive from `id`, so re-imports replace instead of duplicating. */
export interface ManifestInput {
  version: ScormVersion;
  /** Stable base id: the course slug, plus the bijeenkomst slug for a per-bijeenkomst package. */
  id: string;
  title: string;
  /** Launch file, relative to the package root. */
  launch: string;
  /** Query string appended by the LMS (`?bijeenkomst=bijeenkomst-2`), or undefined. */
  parameters?: string;
  /** 0–100. */
  mastery: number;
  /** Objective ids, one per bijeenkomst tracked. */
  objectives: string[];
  /** Every file of the SCO, relative to the package root. */
  files: string[];
}

/** SCORM identifiers: a letter, then letters, digits, `_` and `-`. */
export const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** The schema files each manifest names (shipped at the package root). */
export const SCHEMA_FILES: Record<ScormVersion, string[]> = {
  '1.2': ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'],
  '2004': [
    'imscp_v1p1.xsd',
    'adlcp_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
    'XMLSchema.dtd',
    'datatypes.dtd',
  ],
};

function identifier(...parts: string[]): string {
  const id = `LL-${parts.join('-')}`;
  if (!IDENTIFIER.test(id)) throw new Error(`"${id}" is not a valid SCORM identifier (expected ${IDENTIFIER.source})`);
  return id;
}

/** The manifest as an XML string (UTF-8, no byte-order mark). */
export function buildManifest(input: ManifestInput): string {
  const dialect = DIALECT[input.version];
  const tag = dialect.packageTag;
  const ids = {
    manifest: identifier(input.id, tag),
    org: identifier(input.id, 'org'),
    item: identifier(input.id, 'item'),
    sco: identifier(input.id, 'sco'),
  };
  const is12 = input.version === '1.2';
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    is12 ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1',
    'manifest',
    {
      identifier: ids.manifest,
      version: '1',
    },
  );
  if (is12) {
    root.att('xmlns:adlcp', 'http://www.adlnet.org/xsd/adlcp_rootv1p2');
    root.att('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
    root.att(
      'xsi:schemaLocation',
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
    );
  } else {
    root.att('xmlns:adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3');
    root.att('xmlns:adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3');
    root.att('xmlns:adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3');
    root.att('xmlns:imsss', 'http://www.imsglobal.org/xsd/imsss');
    root.att('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
    root.att(
      'xsi:schemaLocation',
      'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
    );
  }
  const metadata = root.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM');
  metadata.ele('schemaversion').txt(is12 ? '1.2' : '2004 4th Edition');

  const organization = root.ele('organizations', { default: ids.org }).ele('organization', { identifier: ids.org });
  organization.ele('title').txt(input.title);
  const item = organization.ele('item', {
    identifier: ids.item,
    identifierref: ids.sco,
    isvisible: 'true',
    ...(input.parameters ? { parameters: input.parameters } : {}),
  });
  item.ele('title').txt(input.title);
  if (is12) {
    item.ele('adlcp:masteryscore').txt(dialect.masteryValue(input.mastery));
  } else {
    const objectives = item.ele('imsss:sequencing').ele('imsss:objectives');
    objectives
      .ele('imsss:primaryObjective', { objectiveID: identifier(input.id, 'mastery'), satisfiedByMeasure: 'true' })
      .ele('imsss:minNormalizedMeasure')
      .txt(dialect.masteryValue(input.mastery));
    for (const objective of input.objectives) {
      if (!IDENTIFIER.test(objective)) throw new Error(`"${objective}" is not a valid objective id`);
      objectives.ele('imsss:objective', { objectiveID: objective });
    }
  }

  const resource = root.ele('resources').ele('resource', {
    identifier: ids.sco,
    type: 'webcontent',
    [is12 ? 'adlcp:scormtype' : 'adlcp:scormType']: 'sco',
    href: input.launch,
  });
  for (const file of [input.launch, ...input.files.filter((f) => f !== input.launch)])
    resource.ele('file', { href: file });
  return root.end({ prettyPrint: true });
}
