/**
 * The form at /admin/: Sveltia CMS, bundled by the site's build, started with the configuration
 * the page carries as JSON (the collections from the notice schema, the backend from content/cms.yaml).
 */
import CMS, { type CmsConfig } from '@sveltia/cms';

const data = document.getElementById('cms-config')?.textContent;
if (data) void CMS.init({ config: JSON.parse(data) as CmsConfig });
