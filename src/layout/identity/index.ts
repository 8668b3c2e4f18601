export { layoutIdentityPages } from './layoutIdentityPages';
export { formatIndonesianDate } from './indonesianDate';
