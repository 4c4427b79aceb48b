/**
 * The query parameter of a portal address that names the agency, so the
 * portal's signed-out pages (sign in, forgot password) on a browser that has
 * never seen the portal can read its public branding
 * (`agencies/{a}/public/branding`) and wear the agency's look.
 */
export const PORTAL_AGENCY_PARAM = "agency";
