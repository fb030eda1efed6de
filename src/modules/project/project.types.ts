/** Connection types of the project module (ProjectConnection is declared with the station's lists, which came first). */
export { ProjectConnection } from '../station/station.types';
