/** Equal to `appId` in electron-builder.yml: Windows ties notifications to it. */
export const APP_ID = 'org.optoutreminder.app';
