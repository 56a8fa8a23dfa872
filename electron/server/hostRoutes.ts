import type http from 'node:http';
import type { Services } from '../services/createServices';
import { exportRoute } from './exportRoute';
import { pdfRoute } from './pdfRoute';
import { workshopFileRoute } from './workshopFileRoute';

type Route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;

/** The browser host's routes beyond JSON in, JSON out: file downloads (PDFs, spreadsheets, workshop files). */
export function hostRoutes(services: Services): Route {
  const routes: Route[] = [pdfRoute(services.pdf), exportRoute(services), workshopFileRoute(services)];
  return async (req, res, url) => {
    for (const route of routes) if (await route(req, res, url)) return true;
    return false;
  };
}
