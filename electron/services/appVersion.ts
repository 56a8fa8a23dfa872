import pkg from '../../package.json';

/** This CBMC Studio's version, written into exported files so a reader knows what made them. */
export const APP_VERSION: string = pkg.version;
