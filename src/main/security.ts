import { app, session } from 'electron';

/**
 * App-wide guards that apply to every web contents, including ones we never
 * meant to create: no navigation away from the app, no new windows, no
 * webviews, and every permission request (camera, notifications from the
 * page, geolocation, …) refused.
 */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}
