/** The platform's services as API clients: keys with scopes, created and revoked by admins, checked on every call. */
package org.recourse.clients;
